trait Shape { type Unit; }
fn area<S: Shape>(u: S::Length) {}
fn main() {}
