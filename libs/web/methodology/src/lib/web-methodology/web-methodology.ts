import { Component } from '@angular/core';

@Component({
  selector: 'app-web-methodology',
  imports: [],
  templateUrl: './web-methodology.html',
  styleUrl: './web-methodology.css',
})
export class WebMethodology {}
