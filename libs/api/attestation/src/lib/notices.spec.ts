import { candidateStatus } from './attestation.repository';
import { candidateInvited, decisionMade, instantText, windowText } from './notices';

describe('attestation notices', () => {
  it('give the window in Baku time (UTC+4) in every language', () => {
    const w = windowText(new Date('2026-12-05T05:00:00Z'), new Date('2026-12-05T09:00:00Z'));
    expect(w.en).toContain('09:00');
    expect(w.en).toContain('13:00');
    expect(w.en).toContain('Baku time');
    expect(w.az).toContain('Bakı vaxtı');
    expect(w.ru).toContain('время Баку');
    expect(instantText(new Date('2026-12-05T20:30:00Z')).en).toContain('06/12/2026');
  });

  it('tell a candidate where and when, and what was decided with its dates', () => {
    const s = {
      title: 'Annual attestation',
      startsAt: new Date('2026-12-05T05:00:00Z'),
      endsAt: new Date('2026-12-05T09:00:00Z'),
      place: 'Room 305',
      onlineUrl: null,
    };
    const invited = candidateInvited(s, 'https://civics.example/attestation/my');
    expect(invited.subject.az).toContain('Annual attestation');
    expect(invited.text.en).toContain('Room 305');
    expect(invited.text.ru).toContain('https://civics.example/attestation/my');
    const subject = decisionMade(s, 'meets_subject_to_training', { deadline: '2027-06-03', retakeOn: null }, 'https://x');
    expect(subject.text.en).toContain('subject to training');
    expect(subject.text.az).toContain('2027-06-03');
    expect(decisionMade(s, 'does_not_meet', { deadline: null, retakeOn: '2027-03-05' }, 'https://x').text.ru).toContain('2027-03-05');
  });
});

describe('candidateStatus', () => {
  it('refines "invited" by the attempt and keeps the stored states', () => {
    expect(candidateStatus({ stored: 'invited', attemptStatus: null })).toBe('invited');
    expect(candidateStatus({ stored: 'invited', attemptStatus: 'in_progress' })).toBe('in_progress');
    expect(candidateStatus({ stored: 'invited', attemptStatus: 'scored' })).toBe('attempted');
    expect(candidateStatus({ stored: 'absent', attemptStatus: null })).toBe('absent');
    expect(candidateStatus({ stored: 'appealed', attemptStatus: 'scored' })).toBe('appealed');
  });
});
