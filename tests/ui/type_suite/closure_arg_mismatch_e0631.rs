fn apply<F: Fn(&str) -> usize>(f: F) -> usize { f("abc") }
fn main() {
    let n = apply(|x: i32| x as usize);
    println!("{}", n);
}
