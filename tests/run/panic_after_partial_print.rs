fn main() {
    print!("no newline yet");
    let v: Vec<i32> = Vec::new();
    let _ = v.iter().max().unwrap();
}
