import type { MyDataExport } from '@civics/contracts';
import { newPdf, pdfBytes } from '@civics/api-credentials';

/** Section titles in the three languages at once: the export is a legal document for the person. */
const SECTIONS: [keyof MyDataExport, string][] = [
  ['accounts', 'Hesablar · Учётные записи · Accounts'],
  ['results', 'Nəticələr · Результаты · Results'],
  ['attempts', 'Cəhdlər · Попытки · Attempts'],
  ['plans', 'İnkişaf planı · План развития · Development plan'],
  ['enrolments', 'Təlimlər · Обучение · Enrolments'],
  ['attestation', 'Attestasiya · Аттестация · Attestation'],
  ['certificates', 'Sertifikatlar · Сертификаты · Certificates'],
  ['accessLog', 'Məlumatlarımdan kim istifadə edib · Кто использовал мои данные · Who used my data'],
];

function text(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export async function renderExportPdf(data: MyDataExport): Promise<Buffer> {
  const doc = await newPdf({
    title: 'Şəxsi məlumatlarım · Мои данные · My data',
    subject: 'Data subject access export',
    author: 'Civil Service ICT Competency Platform',
    language: 'az',
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(15).text('Şəxsi məlumatlarım · Мои данные · My data', { width });
  doc.font('body').fontSize(9).text(data.exportedAt, { width });
  doc.moveDown(0.8);
  if (data.person) {
    doc.font('bold').fontSize(12).text('Şəxs · Лицо · Person', { width });
    doc.font('body').fontSize(9);
    for (const [k, v] of Object.entries(data.person)) doc.text(`${k}: ${text(v)}`, { width });
    doc.moveDown(0.6);
  }
  for (const [key, title] of SECTIONS) {
    const rows = data[key] as Record<string, unknown>[];
    doc.font('bold').fontSize(12).text(`${title} (${rows.length})`, { width });
    doc.font('body').fontSize(8.5);
    for (const row of rows) {
      doc.text(
        Object.entries(row)
          .map(([k, v]) => `${k}: ${text(v)}`)
          .join(' · '),
        { width },
      );
      doc.moveDown(0.2);
    }
    doc.moveDown(0.6);
  }
  return pdfBytes(doc);
}
