import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import type { Candidate, DecisionOutcome, Language, SessionDetail } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { AttestationText } from '../shared/attestation-text';
import { EvidenceView } from '../shared/evidence-view';
import { date, dateTime, window } from '../shared/format';

const OUTCOMES: readonly DecisionOutcome[] = ['meets', 'meets_subject_to_training', 'does_not_meet'];

/**
 * `/attestation/sessions/:id` (HR of the subtree, the commission, administrators): the session,
 * its commission and each candidate's evidence; members vote, the chair records decisions and
 * closes the session; the protocol is downloaded in az, ru or en.
 */
@Component({
  selector: 'app-session-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    TranslatePipe,
    AttestationText,
    EvidenceView,
  ],
  template: `
    <div class="page stack">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else if (failed()) {
        <h1 class="page-title">{{ 'attestation.session.heading' | t }}</h1>
        <p class="error" role="alert">{{ 'attestation.session.notFound' | t }}</p>
      } @else if (session(); as s) {
        <h1 class="page-title">{{ s.title }}</h1>
        <p>
          <span class="status" [class]="s.status" data-testid="session-status">{{ 'attestation.sessionStatus.' + s.status | t }}</span>
          @if (s.myRole) {
            <span class="chip">{{ 'attestation.role.' + s.myRole | t }}</span>
          }
        </p>
        @if (message(); as m) {
          <p role="status" data-testid="session-message">{{ m }}</p>
        }
        <dl class="facts">
          <dt>{{ 'attestation.session.organisation' | t }}</dt>
          <dd>{{ s.organisationName[lang()] }}</dd>
          <dt>{{ 'attestation.session.window' | t }}</dt>
          <dd>{{ when(s.startsAt, s.endsAt) }}</dd>
          <dt>{{ 'attestation.session.place' | t }}</dt>
          <dd>
            {{ s.place ?? '' }}
            @if (s.onlineUrl; as url) {
              <a [href]="url" target="_blank" rel="noopener">{{ 'attestation.session.online' | t }}</a>
            }
          </dd>
          <dt>{{ 'attestation.session.form' | t }}</dt>
          <dd>
            <app-attestation-text [text]="s.templateTitle" /> ({{ 'attestation.session.minutes' | t: { minutes: s.timeLimitMinutes } }})
          </dd>
          <dt>{{ 'attestation.session.quorum' | t }}</dt>
          <dd data-testid="quorum">
            {{ 'attestation.session.quorumText' | t: { needed: s.quorum.votesNeeded, members: s.quorum.members } }}
          </dd>
          <dt>{{ 'attestation.session.commission' | t }}</dt>
          <dd>
            <ul class="plain">
              @for (m of s.commission; track m.accountId) {
                <li>{{ m.name }} — {{ (m.chair ? 'attestation.role.chair' : 'attestation.role.member') | t }}</li>
              }
            </ul>
          </dd>
        </dl>
        <div class="actions">
          @if (s.myRole === 'chair' && s.status === 'closed') {
            <button mat-flat-button type="button" data-testid="close-session" (click)="closeSession()" [disabled]="busy()">
              {{ 'attestation.session.close' | t }}
            </button>
          }
          @if (canManage() && s.status === 'scheduled') {
            <button mat-stroked-button type="button" data-testid="cancel-session" (click)="cancel()" [disabled]="busy()">
              {{ 'attestation.session.cancel' | t }}
            </button>
          }
          @if (s.status === 'decided') {
            @for (l of languages; track l) {
              <button mat-stroked-button type="button" [attr.data-testid]="'protocol-' + l" (click)="protocol(l)">
                {{ 'attestation.session.protocolIn' | t: { language: 'languages.' + l | t } }}
              </button>
            }
          }
        </div>
        @if (s.status === 'scheduled' || s.status === 'open') {
          <p class="meta">{{ 'attestation.session.deliberateAfter' | t }}</p>
        }

        <h2>{{ 'attestation.session.candidates' | t: { count: s.candidateList.length } }}</h2>
        @for (c of s.candidateList; track c.id) {
          <article class="card candidate" data-testid="candidate" [attr.data-person]="c.personalCode" [attr.aria-labelledby]="'c-' + c.id">
            <h3 [id]="'c-' + c.id">
              {{ c.personName }} <span class="meta">({{ c.personalCode }}, {{ c.positionTitle }})</span>
            </h3>
            <p>
              <span class="status" [class]="c.status" data-testid="candidate-status">{{
                'attestation.candidateStatus.' + c.status | t
              }}</span>
              @for (r of c.dueReasons; track r) {
                <span class="chip">{{ 'attestation.due.' + r | t }}</span>
              }
              @if (c.round > 1) {
                <span class="chip">{{ 'attestation.session.round' | t: { round: c.round } }}</span>
              }
            </p>
            @if (c.appeal; as ap) {
              <p data-testid="candidate-appeal">
                <strong>{{ 'attestation.appeal.filed' | t: { date: day(ap.appealedAt) } }}</strong> {{ ap.reason }}
              </p>
            }
            @if (c.evidence; as e) {
              <app-evidence-view [evidence]="e" [name]="c.personName" />
            }
            @for (d of c.history; track d.round) {
              <p class="meta">
                {{ 'attestation.session.earlier' | t: { round: d.round } }}: {{ 'attestation.outcome.' + d.outcome | t }} ({{
                  day(d.decidedAt)
                }})
                @if (d.justification) {
                  — {{ d.justification }}
                }
              </p>
            }
            @if (c.decision; as d) {
              <p data-testid="candidate-decision">
                <strong>{{ 'attestation.my.decision' | t }}:</strong>
                <span class="status" [class]="d.outcome">{{ 'attestation.outcome.' + d.outcome | t }}</span>
                <span class="meta">
                  {{ 'attestation.decision.by' | t: { name: d.decidedByName, date: day(d.decidedAt) } }} ·
                  {{
                    'attestation.decision.votes'
                      | t: { meets: d.votes.meets, subject: d.votes.meets_subject_to_training, not: d.votes.does_not_meet }
                  }}
                </span>
              </p>
              @if (d.justification) {
                <p>
                  <strong>{{ 'attestation.decision.justification' | t }}:</strong> {{ d.justification }}
                </p>
              }
              @if (d.trainingDeadline) {
                <p>{{ 'attestation.decision.deadline' | t: { date: day(d.trainingDeadline) } }}</p>
              }
              @if (d.retakeOn) {
                <p>{{ 'attestation.decision.retake' | t: { date: day(d.retakeOn) } }}</p>
              }
              @if (c.certificateSerial; as serial) {
                <p>
                  {{ 'attestation.my.certificate' | t }}: <a class="serial" [routerLink]="verifyPath(serial)">{{ serial }}</a>
                </p>
              } @else if (c.certificatePending) {
                <p class="meta">
                  {{ 'attestation.session.certificatePending' | t }}
                  @if (canManage()) {
                    <button mat-button type="button" (click)="reissue(c)" [disabled]="busy()">
                      {{ 'attestation.session.reissue' | t }}
                    </button>
                  }
                </p>
              }
            }
            @if (deliberating(c)) {
              @let round = currentVotes(c);
              <p data-testid="vote-count">
                {{ 'attestation.session.votesCast' | t: { cast: round.length, needed: c.votesNeeded } }}
                @for (v of round; track v.accountId) {
                  <span class="chip">{{ v.memberName }}: {{ 'attestation.outcome.' + v.outcome | t }}</span>
                }
              </p>
              @if (s.myRole && !c.myVote) {
                <form (ngSubmit)="vote(c)" class="vote" [attr.aria-label]="'attestation.vote.form' | t: { name: c.personName }">
                  <fieldset>
                    <legend>{{ 'attestation.vote.legend' | t: { name: c.personName } }}</legend>
                    <mat-radio-group
                      [name]="'vote-' + c.id"
                      [(ngModel)]="votes[c.id]"
                      class="radios"
                      [attr.aria-label]="'attestation.vote.legend' | t: { name: c.personName }"
                    >
                      @for (o of outcomes; track o) {
                        <mat-radio-button [value]="o" [attr.data-testid]="'vote-' + o">{{
                          'attestation.outcome.' + o | t
                        }}</mat-radio-button>
                      }
                    </mat-radio-group>
                    <mat-form-field class="full-width">
                      <mat-label>{{ 'attestation.vote.comment' | t }}</mat-label>
                      <input matInput [name]="'comment-' + c.id" [(ngModel)]="comments[c.id]" maxlength="2000" />
                    </mat-form-field>
                    <button mat-flat-button type="submit" data-testid="cast-vote" [disabled]="busy() || !votes[c.id]">
                      {{ 'attestation.vote.submit' | t }}
                    </button>
                  </fieldset>
                </form>
              } @else if (c.myVote) {
                <p class="meta" data-testid="my-vote">
                  {{ 'attestation.vote.mine' | t: { outcome: 'attestation.outcome.' + c.myVote | t } }}
                </p>
              }
              @if (s.myRole === 'chair') {
                <form (ngSubmit)="decide(c)" class="decide" [attr.aria-label]="'attestation.decide.form' | t: { name: c.personName }">
                  <mat-form-field class="full-width">
                    <mat-label>{{ 'attestation.decide.justification' | t }}</mat-label>
                    <textarea
                      matInput
                      rows="2"
                      [name]="'justification-' + c.id"
                      [(ngModel)]="justifications[c.id]"
                      maxlength="4000"
                    ></textarea>
                    <mat-hint>{{ 'attestation.decide.hint' | t }}</mat-hint>
                  </mat-form-field>
                  <button mat-flat-button type="submit" data-testid="record-decision" [disabled]="busy()">
                    {{ 'attestation.decide.submit' | t }}
                  </button>
                </form>
              }
            }
          </article>
        } @empty {
          <p>{{ 'attestation.session.noCandidates' | t }}</p>
        }
        <p>
          <a [routerLink]="backPath()">{{ 'attestation.session.back' | t }}</a>
        </p>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .plain {
      margin: 0;
      padding-inline-start: 1.1rem;
    }
    .radios {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin-bottom: 0.5rem;
    }
    .candidate + .candidate {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  protected readonly languages: readonly Language[] = ['az', 'ru', 'en'];
  protected readonly outcomes = OUTCOMES;
  protected readonly lang = this.i18n.language;
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly session = signal<SessionDetail | null>(null);
  protected readonly canManage = computed(() => this.auth.hasPermission('attestation:manage'));
  protected readonly backPath = computed(() => (this.canManage() ? AttestationPages.sessions : AttestationPages.commission));
  protected readonly votes: Record<string, DecisionOutcome | undefined> = {};
  protected readonly comments: Record<string, string> = {};
  protected readonly justifications: Record<string, string> = {};

  async ngOnInit(): Promise<void> {
    try {
      this.session.set(await this.api.session(this.id()));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  /** Votes and the decision are open after the window (or on an appealed candidate) until decided. */
  protected deliberating(c: Candidate): boolean {
    const s = this.session();
    return !!s && (c.status === 'appealed' || (c.status === 'attempted' && (s.status === 'closed' || s.status === 'decided')));
  }

  protected currentVotes(c: Candidate) {
    return c.votes.filter((v) => v.round === c.round);
  }

  async vote(c: Candidate): Promise<void> {
    const outcome = this.votes[c.id];
    if (!outcome) {
      return;
    }
    await this.act(async () => {
      await this.api.vote(c.id, outcome, this.comments[c.id]?.trim() || null);
      return 'attestation.vote.done';
    });
  }

  async decide(c: Candidate): Promise<void> {
    await this.act(async () => {
      await this.api.decide(c.id, this.justifications[c.id]?.trim() || null);
      return 'attestation.decide.done';
    });
  }

  async closeSession(): Promise<void> {
    await this.act(async () => {
      await this.api.close(this.id());
      return 'attestation.session.closed';
    });
  }

  async cancel(): Promise<void> {
    await this.act(async () => {
      await this.api.cancel(this.id());
      return 'attestation.session.cancelled';
    });
  }

  async reissue(c: Candidate): Promise<void> {
    await this.act(async () => {
      await this.api.reissue(c.id);
      return 'attestation.session.reissued';
    });
  }

  async protocol(language: Language): Promise<void> {
    try {
      await this.api.download(this.api.protocolPath(this.id(), language), `protocol-${this.id().slice(0, 8)}-${language}.pdf`);
    } catch (error) {
      this.message.set(this.problemText(error));
    }
  }

  private async act(work: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    try {
      const key = await work();
      this.session.set(await this.api.session(this.id()));
      this.message.set(this.i18n.t(key));
    } catch (error) {
      this.message.set(this.problemText(error));
    } finally {
      this.busy.set(false);
    }
  }

  private problemText(error: unknown): string {
    const p = problemOf(error);
    const key = p ? `attestation.errors.${p.code}` : '';
    return key && this.i18n.has(key) ? this.i18n.t(key) : (p?.detail ?? this.i18n.t('attestation.actionFailed'));
  }

  protected when(start: string, end: string): string {
    return window(start, end, this.i18n.locale());
  }
  protected at(iso: string | null): string {
    return dateTime(iso, this.i18n.locale());
  }
  protected day(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
  protected verifyPath(serial: string): string {
    return AttestationPages.verify(serial);
  }
}
