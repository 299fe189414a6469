import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import type { Answer } from '@civics/contracts';
import { AppPaths, AuthService, I18nService, type SignInReason, TranslatePipe, problemOf } from '@civics/web-core';
import { ExamPages } from '../data/assessment-paths';
import { ContentTextView } from '../shared/content-text-view';
import { formatClock } from './exam-clock';
import { ExamSession } from './exam-session';
import { ItemInteraction } from './item-interaction';
import { UnansweredDialog, type UnansweredDialogData } from './unanswered-dialog';

/** How often the cached copy checks whether the server is back (the `online` event may not come). */
const RECONNECT_POLL_MS = 15_000;

/** `/tests/attempts/:id`: one item at a time, the question map, the clock and the save status. */
@Component({
  selector: 'app-exam-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, ContentTextView, ItemInteraction],
  providers: [ExamSession],
  templateUrl: './exam-page.html',
  styleUrl: './exam-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExamPage implements OnInit {
  protected readonly session = inject(ExamSession);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly loadError = signal(false);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly mapOpen = signal(false);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private retrySubmitOnline: (() => void) | null = null;
  private reconnecting = false;

  protected readonly clock = computed(() => {
    const left = this.session.secondsLeft();
    return left === null ? '' : formatClock(left);
  });
  protected readonly clockWarn = computed(() => (this.session.secondsLeft() ?? Infinity) <= 300);
  protected readonly warningText = computed(() => {
    const w = this.session.warning();
    return w === null ? '' : this.i18n.t(w === 5 ? 'exam.timer.warn5' : 'exam.timer.warn1');
  });
  protected readonly saveStatus = computed(() => {
    const q = this.session.queueState();
    const offline = !this.session.online() || q.offline;
    if (q.closedCode) {
      return { kind: 'closed', text: this.i18n.t('exam.save.closed') };
    }
    if (q.pending > 0) {
      const key = offline ? 'exam.save.offlineWaiting' : 'exam.save.waiting';
      return { kind: offline ? 'offline' : 'waiting', text: this.i18n.t(key, { count: q.pending }) };
    }
    return offline
      ? { kind: 'offline', text: this.i18n.t('exam.save.offlineSaved') }
      : { kind: 'saved', text: this.i18n.t('exam.save.saved') };
  });
  protected readonly currentAnswer = computed<Answer | null>(() => {
    const item = this.session.current();
    return item ? (this.session.answers().get(item.itemId) ?? null) : null;
  });
  protected readonly currentFlagged = computed(() => {
    const item = this.session.current();
    return item ? (this.session.flags().get(item.itemId) ?? false) : false;
  });
  protected readonly isLast = computed(() =>
    this.session.adaptive() ? this.session.adaptiveDone() : this.session.index() >= this.session.items().length - 1,
  );
  protected readonly adaptiveFinished = computed(() => this.session.adaptiveProgress().filter((c) => c.finished).length);
  protected readonly advanceError = signal<string | null>(null);

  constructor() {
    // Shown from the cached copy: when the connection returns (or seems to), renew the session.
    const reconnect = () => void this.reconnect();
    globalThis.addEventListener?.('online', reconnect);
    const poll = setInterval(() => {
      if (this.session.fromCache() && globalThis.navigator?.onLine !== false) {
        reconnect();
      }
    }, RECONNECT_POLL_MS);
    this.destroyRef.onDestroy(() => {
      globalThis.removeEventListener?.('online', reconnect);
      clearInterval(poll);
      if (this.retrySubmitOnline) {
        globalThis.removeEventListener?.('online', this.retrySubmitOnline);
      }
    });
  }

  async ngOnInit(): Promise<void> {
    try {
      await this.open();
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  private async open(): Promise<void> {
    const attempt = await this.session.load(this.id(), () => void this.timeUp());
    if (attempt.status !== 'in_progress') {
      await this.router.navigateByUrl(ExamPages.result(attempt.id), { replaceUrl: true });
    }
  }

  /**
   * The cached copy is on screen and the connection may be back: renew the session with the
   * refresh cookie, then load the server's state (the queue then sends what waited, in order).
   * A refused refresh means the session is really over: sign in again; the answers stay queued.
   */
  private async reconnect(): Promise<void> {
    if (!this.session.fromCache() || this.reconnecting) {
      return;
    }
    this.reconnecting = true;
    try {
      if (!this.auth.isSignedIn() && !(await this.auth.refresh())) {
        if (!this.auth.unreachable()) {
          const reason: SignInReason = 'exam';
          await this.router.navigate([AppPaths.signIn], { queryParams: { returnUrl: this.router.url, reason } });
        }
        return;
      }
      await this.open();
    } catch {
      // Still unreachable: the copy stays on screen and the next attempt comes with the connection.
    } finally {
      this.reconnecting = false;
    }
  }

  protected mapLabel(entry: { index: number; answered: boolean; flagged: boolean; current: boolean }): string {
    const parts = [this.i18n.t('exam.map.question', { n: entry.index + 1 })];
    parts.push(this.i18n.t(entry.answered ? 'exam.map.answered' : 'exam.map.notAnswered'));
    if (entry.flagged) {
      parts.push(this.i18n.t('exam.map.flagged'));
    }
    return parts.join(', ');
  }

  protected onAnswer(itemId: string, answer: Answer | null): void {
    this.session.answer(itemId, answer);
  }

  /** Adaptive: the next item comes from the engine once this answer is saved. */
  protected async advance(): Promise<void> {
    this.advanceError.set(null);
    const before = this.session.items().length;
    const outcome = await this.session.advance();
    if (outcome !== 'ok') {
      this.advanceError.set(this.i18n.t(outcome === 'unsaved' ? 'exam.adaptive.unsaved' : 'exam.adaptive.failed'));
      return;
    }
    if (this.session.items().length !== before || this.session.adaptiveDone()) {
      afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  protected go(index: number, focusHeading = true): void {
    const before = this.session.index();
    this.session.go(index);
    if (this.session.index() !== before && focusHeading) {
      afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  protected async finish(): Promise<void> {
    const unanswered = this.session.unanswered().map((u) => u.index);
    if (unanswered.length > 0) {
      const ref = this.dialog.open<UnansweredDialog, UnansweredDialogData, number | 'submit' | undefined>(UnansweredDialog, {
        data: { numbers: unanswered.map((i) => i + 1), linear: this.session.linear() },
        width: '32rem',
        maxWidth: '95vw',
      });
      const choice = await new Promise<number | 'submit' | undefined>((resolve) => ref.afterClosed().subscribe(resolve));
      if (typeof choice === 'number') {
        this.go(choice - 1);
        return;
      }
      if (choice !== 'submit') {
        return;
      }
    }
    await this.submit(false);
  }

  private async timeUp(): Promise<void> {
    await this.submit(true);
  }

  private async submit(timeUp: boolean): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.submitting.set(true);
    this.submitError.set(null);
    try {
      const allSent = await this.session.flush();
      if (!allSent && !timeUp && !this.session.queueState().closedCode) {
        this.submitError.set(this.i18n.t('exam.submit.unsaved'));
        return;
      }
      const attempt = this.session.attempt();
      await this.session.submit();
      this.session.stopClock();
      this.session.forget();
      await this.router.navigateByUrl(ExamPages.result(attempt?.id ?? this.id()));
    } catch (error) {
      const code = problemOf(error)?.code;
      if (code === 'attempt_closed' || code === 'deadline_passed') {
        this.session.forget();
        await this.router.navigateByUrl(ExamPages.result(this.id()));
        return;
      }
      this.submitError.set(this.i18n.t(timeUp ? 'exam.submit.timeUpOffline' : 'exam.submit.failed'));
      if (timeUp && !this.retrySubmitOnline) {
        this.retrySubmitOnline = () => {
          this.retrySubmitOnline = null;
          void this.submit(true);
        };
        globalThis.addEventListener?.('online', this.retrySubmitOnline, { once: true });
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
