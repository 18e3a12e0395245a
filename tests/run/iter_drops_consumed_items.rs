// iterators: items a consumer skips or counts are dropped as pulled; `for x in &mut it` leaves `it` usable
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut it = vec![String::from("a"), "b".into(), "c".into()].into_iter();
    for s in &mut it { if s == "a" { break; } }
    println!("{:?}", it.collect::<Vec<_>>());
    let v = vec![D("x"), D("y"), D("z")];
    let n = v.into_iter().take(1).count();
    println!("n {n}");
    let mut w = vec![D("p"), D("q")].into_iter();
    if let Some(first) = w.next() { println!("got {}", first.0); }
    println!("end");
}
