// std::default

pub trait Default: Sized {
    fn default() -> Self;
}
