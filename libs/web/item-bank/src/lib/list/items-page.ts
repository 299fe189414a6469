import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MethodologyDetail } from '@civics/contracts';
import { AuthService, TranslatePipe } from '@civics/web-core';
import { choicesOf } from '../data/competencies';
import type { ItemPage } from '../data/item-api';
import { CURRENT_METHODOLOGY_PATH, ITEMS_MANAGE, ItemPaths } from '../data/item-paths';
import { ItemStatusChip } from '../shared/status-chip';
import { ShownText } from '../shared/shown-text';
import { ITEM_STATUS_LIST, ITEM_TYPE_LIST } from '../util/item-types';
import { DEFAULT_PAGE_SIZE, type ItemFilters, PAGE_SIZES, filtersFromParams, listParams } from '../util/list-query';
import { ItemExportPanel } from './export-panel';
import { ItemPager } from './pager';

/** `/items`: the bank as a filtered, paginated table; filters live in the address. */
@Component({
  selector: 'app-items-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ItemStatusChip,
    ShownText,
    ItemPager,
    ItemExportPanel,
  ],
  templateUrl: './items-page.html',
  styleUrl: './items-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemsPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed(() => {
    const q = this.query();
    return filtersFromParams(Object.fromEntries(q.keys.map((k) => [k, q.get(k) ?? undefined])));
  });
  protected readonly limit = computed(() => {
    const n = Number(this.query().get('limit'));
    return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
  });
  protected readonly offset = computed(() => Math.max(0, Math.floor(Number(this.query().get('offset')) || 0)));
  protected readonly filterParams = computed(() => listParams(this.filters()));

  protected readonly page = httpResource<ItemPage>(() => ({
    url: ItemPaths.list,
    params: listParams(this.filters(), { offset: this.offset(), limit: this.limit() }),
  }));
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));

  private readonly methodology = httpResource<MethodologyDetail>(() => CURRENT_METHODOLOGY_PATH);
  protected readonly choices = computed(() => choicesOf(this.methodology.hasValue() ? this.methodology.value() : undefined));
  protected readonly competencyTitles = computed(() => new Map(this.choices().competencies.map((c) => [c.code, c.title] as const)));

  protected readonly canManage = computed(() => this.auth.permissions().has(ITEMS_MANAGE));
  protected readonly types = ITEM_TYPE_LIST;
  protected readonly statuses = ITEM_STATUS_LIST;
  protected readonly hasFilters = computed(() => Object.keys(this.filterParams()).length > 0);

  protected setFilter<K extends keyof ItemFilters>(key: K, value: ItemFilters[K]): void {
    this.navigate({ ...this.filters(), [key]: value }, 0, this.limit());
  }

  protected search(event: Event): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement | null;
    this.setFilter('q', input?.value ?? '');
  }

  protected clear(): void {
    this.navigate(filtersFromParams({}), 0, this.limit());
  }

  protected goTo(offset: number): void {
    this.navigate(this.filters(), offset, this.limit());
  }

  protected setLimit(limit: number): void {
    this.navigate(this.filters(), 0, limit);
  }

  private navigate(filters: ItemFilters, offset: number, limit: number): void {
    const params: Record<string, string> = listParams(filters);
    if (offset) params['offset'] = String(offset);
    if (limit !== DEFAULT_PAGE_SIZE) params['limit'] = String(limit);
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, replaceUrl: true });
  }
}
