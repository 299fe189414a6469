import type { Candidate, ContentText, Decision, Language, LocalizedText, SessionDetail } from '@civics/contracts';
import { drawTable, newPdf, pdfBytes } from '@civics/api-credentials';
import { instantText, outcomeText, windowText } from './notices';

const T = {
  title: {
    az: 'ATTESTASİYA KOMİSSİYASININ PROTOKOLU',
    ru: 'ПРОТОКОЛ АТТЕСТАЦИОННОЙ КОМИССИИ',
    en: 'PROTOCOL OF THE ATTESTATION COMMISSION',
  },
  session: { az: 'Sessiya', ru: 'Сессия', en: 'Session' },
  organisation: { az: 'Qurum', ru: 'Организация', en: 'Organisation' },
  window: { az: 'Vaxt', ru: 'Время', en: 'Window' },
  place: { az: 'Yer', ru: 'Место', en: 'Place' },
  form: { az: 'İmtahan forması', ru: 'Форма экзамена', en: 'Exam form' },
  methodology: { az: 'Metodologiya', ru: 'Методология', en: 'Methodology' },
  version: { az: 'versiya', ru: 'версия', en: 'version' },
  quorum: {
    az: 'Kvorum: üzvlərin {fraction}-i, yəni {needed} səs ({members} üzvdən)',
    ru: 'Кворум: {fraction} членов, то есть {needed} голоса (из {members})',
    en: 'Quorum: {fraction} of the members, i.e. {needed} votes (of {members})',
  },
  closed: { az: 'Sessiya bağlanıb', ru: 'Сессия закрыта', en: 'Session closed' },
  commission: { az: 'Komissiya', ru: 'Комиссия', en: 'Commission' },
  chair: { az: 'sədr', ru: 'председатель', en: 'chair' },
  member: { az: 'üzv', ru: 'член', en: 'member' },
  candidates: { az: 'Namizədlər və qərarlar', ru: 'Кандидаты и решения', en: 'Candidates and decisions' },
  name: { az: 'Namizəd', ru: 'Кандидат', en: 'Candidate' },
  position: { az: 'Vəzifə', ru: 'Должность', en: 'Position' },
  ci: { az: 'Uyğunluq indeksi', ru: 'Индекс соответствия', en: 'Compliance index' },
  recommendation: { az: 'Tövsiyə', ru: 'Рекомендация', en: 'Recommendation' },
  votes: { az: 'Səslər (C/T/CV)', ru: 'Голоса (С/О/Н)', en: 'Votes (M/T/N)' },
  votesKey: {
    az: 'Səslər: C — cavab verir, T — təlim şərti ilə cavab verir, CV — cavab vermir.',
    ru: 'Голоса: С — соответствует, О — соответствует при условии обучения, Н — не соответствует.',
    en: 'Votes: M — meets, T — meets subject to training, N — does not meet.',
  },
  decision: { az: 'Qərar', ru: 'Решение', en: 'Decision' },
  absent: { az: 'iştirak etməyib', ru: 'не явился', en: 'absent' },
  undecided: { az: 'qərar verilməyib', ru: 'решение не принято', en: 'not decided' },
  details: {
    az: 'Əsaslandırmalar, şikayətlər və müddətlər',
    ru: 'Обоснования, апелляции и сроки',
    en: 'Justifications, appeals and dates',
  },
  justification: {
    az: 'Tövsiyədən fərqli qərarın əsaslandırılması',
    ru: 'Обоснование решения, отличного от рекомендации',
    en: 'Justification of a decision other than the recommendation',
  },
  appeal: { az: 'Şikayət', ru: 'Апелляция', en: 'Appeal' },
  round: { az: 'mərhələ', ru: 'этап', en: 'round' },
  deadline: { az: 'İnkişaf planının son tarixi', ru: 'Срок плана развития', en: 'Development plan due' },
  retake: { az: 'Təkrar attestasiya tarixi', ru: 'Повторная аттестация с', en: 'Re-attestation from' },
  certificate: { az: 'Sertifikat', ru: 'Сертификат', en: 'Certificate' },
  signatures: { az: 'Komissiya üzvlərinin imzaları', ru: 'Подписи членов комиссии', en: 'Signatures of the commission' },
  none: { az: 'Yoxdur', ru: 'Нет', en: 'None' },
} as const satisfies Record<string, LocalizedText>;

export interface ProtocolInput {
  readonly session: SessionDetail;
  readonly language: Language;
  readonly issuerName: string;
  readonly methodologyTitle: ContentText;
  readonly methodologyVersion: number;
}

const local = (t: ContentText | LocalizedText | null | undefined, l: Language) => t?.[l] ?? t?.az ?? t?.en ?? t?.ru ?? '';
const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (w, k: string) => v[k] ?? w);

function decisionCell(c: Candidate, l: Language): string {
  if (c.status === 'absent') return T.absent[l];
  const d = c.decision ?? c.history.at(-1);
  if (!d) return T.undecided[l];
  return local(outcomeText(d.outcome), l) + (c.decision ? '' : ` (${T.appeal[l]})`);
}

function votesCell(d: Decision | null): string {
  return d ? `${d.votes.meets}/${d.votes.meets_subject_to_training}/${d.votes.does_not_meet}` : '—';
}

/** The protocol of a session in one language: session, commission, every candidate's result and decision, signatures. */
export async function renderProtocolPdf(p: ProtocolInput): Promise<Buffer> {
  const { session: s, language: l } = p;
  const doc = await newPdf({ title: `${T.title[l]} — ${s.title}`, subject: s.title, author: p.issuerName, language: l });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(15).text(T.title[l], { align: 'center', width });
  doc.moveDown(0.3).font('body').fontSize(11).text(s.title, { align: 'center', width });
  doc.moveDown(1).fontSize(10);
  const fact = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('body').text(value);
  };
  fact(T.organisation[l], local(s.organisationName, l));
  fact(T.window[l], windowText(new Date(s.startsAt), new Date(s.endsAt))[l]);
  fact(T.place[l], [s.place, s.onlineUrl].filter(Boolean).join(' · '));
  fact(T.form[l], local(s.templateTitle, l));
  fact(T.methodology[l], `${local(p.methodologyTitle, l)} (${T.version[l]} ${p.methodologyVersion})`);
  doc.text(
    fill(T.quorum[l], {
      fraction: `${Math.round(s.quorum.fraction * 100)}%`,
      needed: String(s.quorum.votesNeeded),
      members: String(s.quorum.members),
    }),
  );
  if (s.closedAt) fact(T.closed[l], instantText(new Date(s.closedAt))[l]);

  doc.moveDown(0.8).font('bold').fontSize(12).text(T.commission[l]);
  doc.font('body').fontSize(10);
  for (const m of s.commission) doc.text(`• ${m.name} — ${m.chair ? T.chair[l] : T.member[l]}`);

  doc.moveDown(0.8).font('bold').fontSize(12).text(T.candidates[l]);
  doc.moveDown(0.3);
  drawTable(
    doc,
    [
      { header: T.name[l], width: 130 },
      { header: T.position[l], width: 80 },
      { header: T.ci[l], width: 60, align: 'right' },
      { header: T.recommendation[l], width: 85 },
      { header: T.votes[l], width: 45, align: 'center' },
      { header: T.decision[l], width: width - 400 },
    ],
    s.candidateList.map((c) => [
      `${c.personName} (${c.personalCode})`,
      c.positionTitle,
      c.evidence ? `${Math.round(c.evidence.complianceIndex * 100)}%` : '—',
      c.evidence ? local(outcomeText(c.evidence.recommendation), l) : '—',
      votesCell(c.decision ?? c.history.at(-1) ?? null),
      decisionCell(c, l),
    ]),
  );

  doc.moveDown(0.3).font('body').fontSize(8).fillColor('#555555').text(T.votesKey[l], { width }).fillColor('#000000');

  doc.moveDown(0.8).font('bold').fontSize(12).text(T.details[l]);
  doc.font('body').fontSize(10);
  let any = false;
  for (const c of s.candidateList) {
    const lines: string[] = [];
    for (const d of [...c.history, ...(c.decision ? [c.decision] : [])]) {
      const prefix = c.history.length ? `${d.round}. ${T.round[l]}: ` : '';
      lines.push(`${prefix}${T.decision[l]}: ${local(outcomeText(d.outcome), l)}`);
      if (d.justification) lines.push(`${T.justification[l]}: ${d.justification}`);
      if (d.trainingDeadline) lines.push(`${T.deadline[l]}: ${d.trainingDeadline}`);
      if (d.retakeOn) lines.push(`${T.retake[l]}: ${d.retakeOn}`);
    }
    if (c.appeal) lines.push(`${T.appeal[l]} (${c.appeal.appealedAt.slice(0, 10)}): ${c.appeal.reason}`);
    if (c.certificateSerial) lines.push(`${T.certificate[l]}: ${c.certificateSerial}`);
    if (!lines.length) continue;
    any = true;
    doc.moveDown(0.4).font('bold').text(c.personName).font('body');
    for (const line of lines) doc.text(line, { width });
  }
  if (!any) doc.text(T.none[l]);

  doc.moveDown(1.5).font('bold').fontSize(12).text(T.signatures[l]);
  doc.font('body').fontSize(10).moveDown(0.5);
  for (const m of s.commission) {
    if (doc.y + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.text(`${m.name} (${m.chair ? T.chair[l] : T.member[l]})`);
    doc.moveDown(0.2).text('______________________________');
    doc.moveDown(0.6);
  }
  return pdfBytes(doc);
}
