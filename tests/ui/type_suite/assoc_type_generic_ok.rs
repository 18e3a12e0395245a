trait Store { type Key; fn first_key(&self) -> Option<Self::Key>; }
struct Names(Vec<String>);
impl Store for Names {
    type Key = usize;
    fn first_key(&self) -> Option<usize> { if self.0.is_empty() { None } else { Some(0) } }
}
fn describe<S: Store>(s: &S) -> String where S::Key: std::fmt::Debug {
    format!("{:?}", s.first_key())
}
fn main() {
    println!("{}", describe(&Names(vec!["a".into()])));
    println!("{}", describe(&Names(vec![])));
}
