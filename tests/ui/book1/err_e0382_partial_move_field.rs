// ownership: moving a field out of a struct, then using the whole struct
#[derive(Debug)]
struct Profile {
    name: String,
    bio: String,
    age: u8,
}

fn main() {
    let p = Profile { name: String::from("Ida"), bio: String::from("likes rust"), age: 30 };
    let name = p.name;
    println!("{name} is {}", p.age);
    println!("{:?}", p);
}
