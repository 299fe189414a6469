import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebAssessment } from './web-assessment';

describe('WebAssessment', () => {
  let component: WebAssessment;
  let fixture: ComponentFixture<WebAssessment>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebAssessment],
    }).compileComponents();

    fixture = TestBed.createComponent(WebAssessment);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
