// std::string

use crate::ops::{Add, AddAssign, Deref, DerefMut, Index, IndexMut, RangeBounds};

pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub const fn new() -> String;
    pub fn with_capacity(capacity: usize) -> String;
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
    pub fn from_utf8_lossy(v: &[u8]) -> borrow::Cow<'_, str>;
    pub fn into_bytes(self) -> Vec<u8>;
    pub fn as_str(&self) -> &str;
    pub fn as_mut_str(&mut self) -> &mut str;
    pub fn push_str(&mut self, string: &str);
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn shrink_to_fit(&mut self);
    pub fn push(&mut self, ch: char);
    pub fn as_bytes(&self) -> &[u8];
    pub fn truncate(&mut self, new_len: usize);
    pub fn pop(&mut self) -> Option<char>;
    pub fn remove(&mut self, idx: usize) -> char;
    pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
    pub fn insert(&mut self, idx: usize, ch: char);
    pub fn insert_str(&mut self, idx: usize, string: &str);
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn split_off(&mut self, at: usize) -> String;
    pub fn clear(&mut self);
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_>;
    pub fn replace_range<R: RangeBounds<usize>>(&mut self, range: R, replace_with: &str);
    pub fn into_boxed_str(self) -> Box<str>;
    pub fn leak<'a>(self) -> &'a mut str;
}

pub struct Drain<'a> {
    string: &'a mut String,
    iter: str::Chars<'a>,
}
impl Iterator for Drain<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl DoubleEndedIterator for Drain<'_> {
    fn next_back(&mut self) -> Option<char>;
}

pub struct FromUtf8Error {
    bytes: Vec<u8>,
}
impl FromUtf8Error {
    pub fn into_bytes(self) -> Vec<u8>;
}
impl fmt::Debug for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for FromUtf8Error {
    fn clone(&self) -> FromUtf8Error;
}
impl PartialEq for FromUtf8Error {
    fn eq(&self, other: &FromUtf8Error) -> bool;
}
impl error::Error for FromUtf8Error {}

pub trait ToString {
    fn to_string(&self) -> String;
}
impl<T: fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String;
}

impl Clone for String {
    fn clone(&self) -> String;
}
impl Default for String {
    fn default() -> String;
}
impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str;
}
impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str;
}
impl fmt::Display for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Debug for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result;
}
impl hash::Hash for String {
    fn hash<H: hash::Hasher>(&self, hasher: &mut H);
}
impl PartialEq for String {
    fn eq(&self, other: &String) -> bool;
}
impl Eq for String {}
impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<cmp::Ordering>;
}
impl Ord for String {
    fn cmp(&self, other: &String) -> cmp::Ordering;
}
impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool;
}
impl<'a> PartialEq<&'a str> for String {
    fn eq(&self, other: &&'a str) -> bool;
}
impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool;
}
impl<'a> PartialEq<String> for &'a str {
    fn eq(&self, other: &String) -> bool;
}
impl<'a> PartialEq<borrow::Cow<'a, str>> for String {
    fn eq(&self, other: &borrow::Cow<'a, str>) -> bool;
}
impl Add<&str> for String {
    type Output = String;
    fn add(self, other: &str) -> String;
}
impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str);
}
impl<I: slice::SliceIndex<str>> Index<I> for String {
    type Output = I::Output;
    fn index(&self, index: I) -> &I::Output;
}
impl<I: slice::SliceIndex<str>> IndexMut<I> for String {
    fn index_mut(&mut self, index: I) -> &mut I::Output;
}
impl From<&str> for String {
    fn from(s: &str) -> String;
}
impl From<&mut str> for String {
    fn from(s: &mut str) -> String;
}
impl From<&String> for String {
    fn from(s: &String) -> String;
}
impl From<char> for String {
    fn from(c: char) -> String;
}
impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String;
}
impl<'a> From<borrow::Cow<'a, str>> for String {
    fn from(s: borrow::Cow<'a, str>) -> String;
}
impl From<String> for Vec<u8> {
    fn from(string: String) -> Vec<u8>;
}
impl From<String> for Box<str> {
    fn from(s: String) -> Box<str>;
}
impl str::FromStr for String {
    type Err = convert::Infallible;
    fn from_str(s: &str) -> Result<String, convert::Infallible>;
}
impl AsRef<str> for String {
    fn as_ref(&self) -> &str;
}
impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8];
}
impl AsMut<str> for String {
    fn as_mut(&mut self) -> &mut str;
}
impl borrow::Borrow<str> for String {
    fn borrow(&self) -> &str;
}
impl borrow::BorrowMut<str> for String {
    fn borrow_mut(&mut self) -> &mut str;
}
impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String;
}
impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String;
}
impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String;
}
impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String;
}
impl<'a> FromIterator<borrow::Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = borrow::Cow<'a, str>>>(iter: I) -> String;
}
impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I);
}
impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I);
}
impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I);
}
impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I);
}
