fn main() {
    let r: Result<i32, &str> = Ok(3);
    if let Ok(v) | Err(_) = r {
        println!("{}", v);
    }
}
