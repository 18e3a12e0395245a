// ownership: moving a String out of an array by index
fn main() {
    let seats = [String::from("A1"), String::from("A2"), String::from("B1")];
    let mine = seats[1];
    println!("my seat is {mine}");
    println!("{} seats", seats.len());
}
