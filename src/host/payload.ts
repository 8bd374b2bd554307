/**
 * Excel on the web refuses a request or response above 5 MB. Payloads are estimated as the
 * UTF-8 size of their JSON, which is what travels; the gateway keeps each sync under
 * {@link SYNC_PAYLOAD_BUDGET}, leaving headroom for the envelope around the data.
 */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const SYNC_PAYLOAD_BUDGET = 4 * 1024 * 1024;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value) ?? "");
