fn main() {
    let r: Result<i32, &str> = Ok(3);
    match r {
        Ok(v) | Err(v) => println!("{}", v),
    }
}
