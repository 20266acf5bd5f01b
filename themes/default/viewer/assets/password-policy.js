// The password rules of every Inzage site, the same as the CLI's
// (generator/account/password_policy.cpp). tests/data/password_cases.json
// contains the cases that both implementations must pass.

// Rule ids in the order in which failures are reported. The locale files
// have a text for each under "password.rules.<id>".
export const PASSWORD_RULES = ['min_length', 'digit', 'upper', 'lower', 'sign',
  'allowed_chars'];

export const MIN_PASSWORD_LENGTH = 8;
export const PASSWORD_SIGNS = '!?@%$';

// Returns the ids of every rule that `password` breaks, in the order of
// PASSWORD_RULES; an empty list when it passes. The length counts Unicode
// code points, as the CLI counts UTF-8 characters, so an emoji counts once
// although it is two UTF-16 units.
export function checkPassword(password) {
  let length = 0;
  let digit = false;
  let upper = false;
  let lower = false;
  let sign = false;
  let onlyAllowed = true;
  for (const character of password) {
    length += 1;
    if (character >= '0' && character <= '9') {
      digit = true;
    } else if (character >= 'A' && character <= 'Z') {
      upper = true;
    } else if (character >= 'a' && character <= 'z') {
      lower = true;
    } else if (PASSWORD_SIGNS.includes(character)) {
      sign = true;
    } else {
      onlyAllowed = false;
    }
  }

  const passed = {
    min_length: length >= MIN_PASSWORD_LENGTH,
    digit,
    upper,
    lower,
    sign,
    allowed_chars: onlyAllowed,
  };
  return PASSWORD_RULES.filter((rule) => !passed[rule]);
}
