import { Component } from '@angular/core';

@Component({
  selector: 'app-web-assessment',
  imports: [],
  templateUrl: './web-assessment.html',
  styleUrl: './web-assessment.css',
})
export class WebAssessment {}
