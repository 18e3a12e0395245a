// unsized types behind references and boxes are fine
fn total(v: &[i32]) -> i32 { v.iter().sum() }
fn main() {
    let b: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    let s: &str = "abc";
    let bs: Box<str> = String::from("xy").into_boxed_str();
    println!("{} {} {}", total(&b), s.len(), bs);
}
