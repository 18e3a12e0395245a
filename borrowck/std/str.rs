// std::str: str iterators, FromStr and patterns. The inherent methods of `str` are in
// primitives.rs (module std::primitive).

// What `split`, `find`, `contains`, `trim_matches`... accept as a pattern.
pub trait Pattern: Sized {}
impl Pattern for char {}
impl Pattern for &str {}
impl Pattern for &String {}
impl Pattern for &&str {}
impl Pattern for &[char] {}
impl<const N: usize> Pattern for [char; N] {}
impl<const N: usize> Pattern for &[char; N] {}
impl<F: FnMut(char) -> bool> Pattern for F {}

pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;

pub struct Utf8Error {
    valid_up_to: usize,
}
impl fmt::Debug for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl error::Error for Utf8Error {}
impl Clone for Utf8Error {
    fn clone(&self) -> Utf8Error;
}
impl Copy for Utf8Error {}
impl PartialEq for Utf8Error {
    fn eq(&self, other: &Utf8Error) -> bool;
}

pub struct ParseBoolError;
impl fmt::Debug for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl PartialEq for ParseBoolError {
    fn eq(&self, other: &ParseBoolError) -> bool;
}
impl Clone for ParseBoolError {
    fn clone(&self) -> ParseBoolError;
}
impl error::Error for ParseBoolError {}

pub struct Chars<'a> {
    s: &'a str,
}
impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str;
}
impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char>;
}
impl<'a> Clone for Chars<'a> {
    fn clone(&self) -> Chars<'a>;
}

pub struct CharIndices<'a> {
    s: &'a str,
}
impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)>;
}
impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)>;
}

pub struct Bytes<'a> {
    s: &'a str,
}
impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8>;
}
impl<'a> DoubleEndedIterator for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8>;
}
impl<'a> ExactSizeIterator for Bytes<'a> {}

pub struct Split<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
impl<'a, P: Pattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str>;
}

pub struct RSplit<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}

pub struct SplitN<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}

pub struct SplitTerminator<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}

pub struct SplitWhitespace<'a> {
    s: &'a str,
}
impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str>;
}

pub struct SplitAsciiWhitespace<'a> {
    s: &'a str,
}
impl<'a> Iterator for SplitAsciiWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}

pub struct Lines<'a> {
    s: &'a str,
}
impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
impl<'a> DoubleEndedIterator for Lines<'a> {
    fn next_back(&mut self) -> Option<&'a str>;
}

pub struct Matches<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}

pub struct MatchIndices<'a, P: Pattern> {
    s: &'a str,
    pat: P,
}
impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)>;
}

pub struct EncodeUtf16<'a> {
    s: &'a str,
}
impl<'a> Iterator for EncodeUtf16<'a> {
    type Item = u16;
    fn next(&mut self) -> Option<u16>;
}
