// enum variant fields must all be sized
enum Msg { Text(str), Code(u8) }
fn main() {
    println!("msg");
}
