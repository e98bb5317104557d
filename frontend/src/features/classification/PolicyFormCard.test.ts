import { describe, expect, it } from 'vitest';
import { formName } from './PolicyFormCard';

describe('formName', () => {
  it("maps a problem's field path to the form field, past the input/body prefixes", () => {
    expect(formName('input.weights.revenue12')).toEqual(['weights', 'revenue12']);
    expect(formName('body.keyCapShare')).toEqual(['keyCapShare']);
    expect(formName('windowMonths')).toEqual(['windowMonths']);
  });

  it('has no field for paths the form does not show', () => {
    expect(formName('input.weights')).toBeUndefined();
    expect(formName('input')).toBeUndefined();
    expect(formName('status')).toBeUndefined();
  });
});
