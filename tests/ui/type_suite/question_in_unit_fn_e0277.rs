fn main() {
    let n: i32 = "5".parse()?;
    println!("{}", n);
}
