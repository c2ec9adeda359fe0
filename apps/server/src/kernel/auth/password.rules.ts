/** A password needs a minimum length and both letters and digits (GB/T 22239 等保 baseline). */
export function passwordAcceptable(password: string, minLength: number): boolean {
  return [...password].length >= minLength && /\p{L}/u.test(password) && /\d/.test(password);
}
