struct List { head: i32, tail: Option<List> }
fn main() {}
