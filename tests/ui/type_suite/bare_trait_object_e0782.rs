trait Speak { fn hi(&self); }
fn call(s: &Speak) { s.hi(); }
fn main() {}
