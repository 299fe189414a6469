import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CalibrationRun, Item } from '@civics/contracts';
import { fillPath } from '../data/item-paths';
import { QualityPaths as P } from '../data/quality-paths';

/** Writes of the item-quality pages (reads use httpResource). */
@Injectable({ providedIn: 'root' })
export class QualityApi {
  private readonly http = inject(HttpClient);

  returnToReview(id: string, reason: string): Promise<Item> {
    return firstValueFrom(this.http.post<Item>(fillPath(P.returnToReview, { id }), { reason }));
  }

  runCalibration(competencyCode: string): Promise<CalibrationRun> {
    return firstValueFrom(this.http.post<CalibrationRun>(P.runCalibration, { competencyCode }));
  }

  decide(id: string, decision: 'accept' | 'reject', comment: string): Promise<CalibrationRun> {
    const path = decision === 'accept' ? P.acceptCalibration : P.rejectCalibration;
    return firstValueFrom(this.http.post<CalibrationRun>(fillPath(path, { id }), comment.trim() ? { comment: comment.trim() } : {}));
  }
}

/** Figures as the user's locale writes them. */
export function fixed(value: number | null | undefined, locale: string, digits = 2): string {
  return value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function share(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
