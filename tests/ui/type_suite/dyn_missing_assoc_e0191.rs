trait Source { type Item; fn next(&mut self) -> Self::Item; }
fn take(_s: Box<dyn Source>) {}
fn main() {}
