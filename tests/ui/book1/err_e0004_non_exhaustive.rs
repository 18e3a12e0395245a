// match: a match on an enum that forgets one variant
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
    }
}

fn main() {
    let _ = next(Light::Red);
}
