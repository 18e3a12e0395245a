// ownership: shadowing a moved name with a new binding
fn main() {
    let data = String::from("raw");
    let data = data + "-cooked";
    let data = data.len();
    println!("{}", data);
}
