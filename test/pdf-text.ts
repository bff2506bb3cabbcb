import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

/**
 * The text a PDF page draws, read back with pdf-lib: its content streams decoded and every `<hex> Tj`
 * turned into characters (the standard fonts write WinAnsi hex strings).
 */
export async function pdfPageText(bytes: Uint8Array, pageIndex = 0): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(pageIndex);
  const contents = doc.context.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? Array.from({ length: contents.size() }, (_, i) => doc.context.lookup(contents.get(i))) : [contents];
  let text = '';
  for (const stream of streams) {
    const operators = Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1');
    for (const [, hex] of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) text += `${Buffer.from(hex!, 'hex').toString('latin1')}\n`;
  }
  return text;
}
