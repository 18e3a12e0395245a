// difftest seed 1000056: string_view
fn main() {
    let mut line = String::from("kiwi plum");
    let r = line.as_str();
    println!("r: {}", r);
    line.make_ascii_uppercase();
    println!("{}", line);
}
