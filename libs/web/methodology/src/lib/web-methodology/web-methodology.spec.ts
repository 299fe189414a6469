import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebMethodology } from './web-methodology';

describe('WebMethodology', () => {
  let component: WebMethodology;
  let fixture: ComponentFixture<WebMethodology>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebMethodology],
    }).compileComponents();

    fixture = TestBed.createComponent(WebMethodology);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
