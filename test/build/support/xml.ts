/*
 * A small XML reader for the manifest test: elements, attributes, text; skips the
 * declaration and comments. Enough for a manifest we write ourselves, and it keeps the
 * structural test offline (Microsoft's validator needs the internet).
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };
const decode = (text: string): string => text.replace(/&(lt|gt|amp|quot|apos);/gu, (entity) => ENTITIES[entity]);

export function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?[\s\S]*?\?>/gu, "").replace(/<!--[\s\S]*?-->/gu, "");
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/gu;
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let consumed = 0;
  for (const match of body.matchAll(token)) {
    if (match.index !== consumed) throw new Error(`XML を読めません (位置 ${consumed}): ${body.slice(consumed, consumed + 40)}`);
    consumed += match[0].length;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      parent.text += decode(text.trim());
    } else if (closing) {
      if (parent.name !== name) throw new Error(`閉じタグ </${name}> が <${parent.name}> と合いません`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? "").matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/gu)) attributes[key] = decode(value);
      const element: XmlElement = { name, attributes, children: [], text: "" };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (consumed !== body.length || stack.length !== 1 || root.children.length !== 1) throw new Error("XML が途中で終わっています");
  return root.children[0];
}

/** Every element below (and including) `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`<${element.name}> に <${name}> がありません`);
  return found;
}
