// A let-bound closure with an annotated `&str` parameter is higher-ranked and boxes as `dyn Fn(&str) -> usize`.
fn main() {
    let f = |s: &str| s.len();
    let b: Box<dyn Fn(&str) -> usize> = Box::new(f);
    let owned = String::from("four");
    println!("{}", b(&owned));
}
