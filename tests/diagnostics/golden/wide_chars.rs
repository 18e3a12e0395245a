fn main() {
    let 名前 = String::from("café");
    let taken = 名前;
	let again = 名前;
    println!("{} {}", taken, again);
}
