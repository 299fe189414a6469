import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@civics/web-core';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'notFound.heading' | t }}</h1>
    <p>{{ 'notFound.text' | t }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.back' | t }}</a>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
