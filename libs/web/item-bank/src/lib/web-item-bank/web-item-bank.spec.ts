import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebItemBank } from './web-item-bank';

describe('WebItemBank', () => {
  let component: WebItemBank;
  let fixture: ComponentFixture<WebItemBank>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebItemBank],
    }).compileComponents();

    fixture = TestBed.createComponent(WebItemBank);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
