// std::env: command-line arguments (`borrowck run FILE -- ARGS`) and an empty environment.

pub struct Args {
    inner: vec::IntoIter<String>,
}
impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String>;
}
impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String>;
}
impl ExactSizeIterator for Args {}
impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub fn args() -> Args;

pub enum VarError {
    NotPresent,
    NotUnicode(String),
}
impl fmt::Debug for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl PartialEq for VarError {
    fn eq(&self, other: &VarError) -> bool;
}

pub fn var<K: AsRef<str>>(key: K) -> Result<String, VarError>;
