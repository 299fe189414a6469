import { Component } from '@angular/core';

@Component({
  selector: 'app-web-shell',
  imports: [],
  templateUrl: './web-shell.html',
  styleUrl: './web-shell.css',
})
export class WebShell {}
