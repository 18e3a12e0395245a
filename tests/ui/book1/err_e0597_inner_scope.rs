// lifetimes: a reference to a value from an inner block used after the block ends
fn main() {
    let longest_name: &String;
    {
        let candidate = String::from("Bartholomew");
        longest_name = &candidate;
        println!("checking {}", longest_name.len());
    }
    println!("longest {longest_name}");
}
