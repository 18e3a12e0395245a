// patterns: a match on an enum that forgets one variant
#[derive(Debug)]
enum Light {
    Red,
    Yellow,
    Green,
    Off,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn main() {
    println!("{:?}", next(Light::Off));
}
