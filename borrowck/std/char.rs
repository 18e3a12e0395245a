// std::char: free functions and the case-mapping iterators (char's inherent methods are
// in primitives.rs).

pub fn from_u32(i: u32) -> Option<char>;
pub fn from_digit(num: u32, radix: u32) -> Option<char>;

pub struct ToUppercase {
    chars: [char; 3],
}
impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl DoubleEndedIterator for ToUppercase {
    fn next_back(&mut self) -> Option<char>;
}
impl fmt::Display for ToUppercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Debug for ToUppercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for ToUppercase {
    fn clone(&self) -> ToUppercase;
}

pub struct ToLowercase {
    chars: [char; 3],
}
impl Iterator for ToLowercase {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl DoubleEndedIterator for ToLowercase {
    fn next_back(&mut self) -> Option<char>;
}
impl fmt::Display for ToLowercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Debug for ToLowercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for ToLowercase {
    fn clone(&self) -> ToLowercase;
}

pub struct ParseCharError {
    kind: u8,
}
impl fmt::Debug for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl error::Error for ParseCharError {}

pub struct CharTryFromError(());
impl fmt::Debug for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
