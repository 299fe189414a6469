import { Component } from '@angular/core';

@Component({
  selector: 'app-web-item-bank',
  imports: [],
  templateUrl: './web-item-bank.html',
  styleUrl: './web-item-bank.css',
})
export class WebItemBank {}
