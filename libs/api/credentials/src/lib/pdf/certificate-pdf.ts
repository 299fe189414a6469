import { toBuffer } from 'qrcode';
import type { Certificate, Language } from '@civics/contracts';
import { CERTIFICATE_TEXTS as T, fill } from './certificate-texts';
import { drawTable, newPdf, pdfBytes } from './pdf-document';

export interface CertificatePdfInput {
  readonly certificate: Certificate;
  readonly language: Language;
  readonly issuerName: string;
  readonly positionTitle: string;
  readonly verifyPageUrl: string;
  readonly keyId: string;
}

function local(t: { az?: string; ru?: string; en?: string } | null | undefined, language: Language): string {
  return t?.[language] ?? t?.az ?? t?.en ?? t?.ru ?? '';
}

function day(iso: string, language: Language): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const locale = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' }[language];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}

/** The certificate on one A4 page in one language, with a QR code of its public verify page. */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const { certificate: c, language: l } = input;
  const doc = await newPdf({ title: `${T.title[l]} ${c.serial}`, subject: T.subtitle[l], author: input.issuerName, language: l });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;

  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .strokeColor('#1a4d8f')
    .stroke();
  doc.fillColor('#1a4d8f').font('bold').fontSize(11).text(input.issuerName, { align: 'center', width });
  doc.moveDown(1.2);
  doc.fontSize(30).text(T.title[l], { align: 'center', width, characterSpacing: 2 });
  doc.font('body').fontSize(12).fillColor('#333333').text(T.subtitle[l], { align: 'center', width });
  if (c.status === 'revoked') {
    doc.moveDown(0.5).font('bold').fontSize(16).fillColor('#b00020').text(T.revoked[l], { align: 'center', width });
  }
  doc.moveDown(1.5).font('body').fontSize(12).fillColor('#000000').text(T.certifies[l], { align: 'center', width });
  doc.moveDown(0.4).font('bold').fontSize(22).text(c.holderName, { align: 'center', width });
  doc.moveDown(0.4).font('body').fontSize(12);
  doc.text(fill((c.outcome === 'meets' ? T.meets : T.meetsSubject)[l], { position: input.positionTitle }), { align: 'center', width });
  if (c.note) {
    doc.moveDown(0.5).fontSize(10).fillColor('#5d4037').text(`${T.note[l]}: ${c.note[l]}`, { align: 'center', width });
  }
  doc.moveDown(0.8).fontSize(10).fillColor('#333333');
  doc.text(`${T.methodology[l]}: ${local(c.methodologyTitle, l)} (${T.version[l]} ${c.methodologyVersion})`, { align: 'center', width });
  doc.moveDown(1).fillColor('#000000');

  drawTable(
    doc,
    [
      { header: T.competency[l], width: width - 150 },
      { header: T.level[l], width: 75, align: 'center' },
      { header: T.required[l], width: 75, align: 'center' },
    ],
    c.competencies.map((k) => [`${k.competencyCode} — ${local(k.title, l)}`, String(k.level), String(k.required)]),
  );

  const qr = await toBuffer(input.verifyPageUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const qrSize = 110;
  if (doc.y + qrSize + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 16;
  doc.fontSize(10).fillColor('#000000');
  doc.text(`${T.serial[l]}: ${c.serial}`, left, top, { width: width - qrSize - 16 });
  doc.text(`${T.issued[l]}: ${day(c.issuedAt, l)}`, { width: width - qrSize - 16 });
  doc.text(`${T.validUntil[l]}: ${day(c.validUntil, l)}`, { width: width - qrSize - 16 });
  doc
    .moveDown(0.6)
    .fontSize(9)
    .fillColor('#333333')
    .text(T.verify[l], { width: width - qrSize - 16 });
  doc.fillColor('#1a4d8f').text(input.verifyPageUrl, { width: width - qrSize - 16, link: input.verifyPageUrl, underline: true });
  doc.image(qr, left + width - qrSize, top, { width: qrSize, height: qrSize });
  doc.y = Math.max(doc.y, top + qrSize) + 14;
  doc.x = left;
  doc
    .fontSize(8)
    .fillColor('#616161')
    .text(fill(T.signed[l], { kid: input.keyId.slice(0, 16) }), { width });
  return pdfBytes(doc);
}
