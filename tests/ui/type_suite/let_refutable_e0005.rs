fn main() {
    let v: Option<i32> = Some(3);
    let Some(x) = v;
    println!("{}", x);
}
