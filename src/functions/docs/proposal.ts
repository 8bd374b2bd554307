import type { FunctionDoc } from "./functionDoc";

export const PROPOSAL_DOCS: readonly FunctionDoc[] = [
  {
    id: "SEMINARCHECK",
    en: {
      description:
        "Screens a seminar's name or content for words that suggest a seminar the programme does not allow (mere regional-promotion events, culture-school content, cooking or tasting, tourism experiences: R-PROG-4) or one aimed at a single company (R-PROG-5). Returns a Japanese warning naming each kind, word and rule, or empty text. A keyword match is a hint, not a verdict.",
      parameters: { text: "Seminar name or description. A cell or a range." },
    },
    examples: [
      {
        formula: "=KOYO.SEMINARCHECK(\"ICT活用による生産性向上セミナー\")",
        args: [[["ICT活用による生産性向上セミナー"]]],
        expected: "",
        note: "当てはまる語がなければ空欄。",
      },
      {
        formula: "=KOYO.SEMINARCHECK(\"カヌー体験ツアー\")",
        args: [[["カヌー体験ツアー"]]],
        expected: "R-PROG-4: 観光体験「カヌー」に当たる語があります。単なるイベント・趣味・体験のセミナーは対象外です。座学や講評、ロールプレイなど雇用につながる内容か確かめてください。（語句の一致による注意で、判定ではありません）",
        note: "体験だけの観光セミナーは不可（座学やロールプレイを含めれば可）。",
      },
      {
        formula: "=KOYO.SEMINARCHECK(\"○○株式会社の社員向け研修\")",
        args: [[["○○株式会社の社員向け研修"]]],
        expected: "R-PROG-5: 特定企業向け「株式会社の社員向け」に当たる語があります。特定の企業・団体のための研修は対象外です。地域の事業所に広く開かれた内容か確かめてください。（語句の一致による注意で、判定ではありません）",
        note: "1社のための企業内研修のような講習会は不可。",
      },
    ],
  },
];
