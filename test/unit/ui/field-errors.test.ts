import { ResolverError } from '../../../static/shared/client/ResolverError';
import { fieldError, fieldErrorUnder, unplacedFieldErrors } from '../../../static/shared/forms/fieldErrors';

const validation = (fields: Record<string, string>) =>
  new ResolverError({ code: 'VALIDATION', message: 'Fix', fields });

test('a create form finds its field message by name, an edit form under "changes."', () => {
  expect(fieldError(validation({ name: 'Enter name' }), 'name')).toBe('Enter name');
  expect(fieldError(validation({ 'changes.name': 'Enter name' }), 'name')).toBe('Enter name');
  expect(fieldError(validation({ title: 'Enter title' }), 'name')).toBeUndefined();
  expect(fieldError(null, 'name')).toBeUndefined();
});

test('list entries are addressed by dotted index', () => {
  const error = validation({ 'evidence.1.date': 'Use a date like 2026-03-31' });
  expect(fieldError(error, 'evidence.1.date')).toBe('Use a date like 2026-03-31');
  expect(fieldError(error, 'evidence.0.date')).toBeUndefined();
  expect(fieldErrorUnder(error, 'evidence')).toBe('Use a date like 2026-03-31');
  expect(fieldErrorUnder(validation({ 'changes.segments.2.value': 'Too long' }), 'segments')).toBe(
    'Too long',
  );
});

test('messages for fields the form does not show are still listed, none is lost', () => {
  const error = validation({
    name: 'Enter name',
    version: 'Expected the version you last loaded',
    '(payload)': 'Unknown key',
  });
  expect(unplacedFieldErrors(error, (path) => path === 'name')).toEqual([
    'version: Expected the version you last loaded',
    'Unknown key',
  ]);
});
