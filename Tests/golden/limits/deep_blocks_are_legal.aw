# 60 nested blocks.
if true {
    if true {
        if true {
            if true {
                if true {
                    if true {
                        if true {
                            if true {
                                if true {
                                    if true {
                                        if true {
                                            if true {
                                                if true {
                                                    if true {
                                                        if true {
                                                            if true {
                                                                if true {
                                                                    if true {
                                                                        if true {
                                                                            if true {
                                                                                if true {
                                                                                    if true {
                                                                                        if true {
                                                                                            if true {
                                                                                                if true {
                                                                                                    if true {
                                                                                                        if true {
                                                                                                            if true {
                                                                                                                if true {
                                                                                                                    if true {
                                                                                                                        if true {
                                                                                                                            if true {
                                                                                                                                if true {
                                                                                                                                    if true {
                                                                                                                                        if true {
                                                                                                                                            if true {
                                                                                                                                                if true {
                                                                                                                                                    if true {
                                                                                                                                                        if true {
                                                                                                                                                            if true {
                                                                                                                                                                if true {
                                                                                                                                                                    if true {
                                                                                                                                                                        if true {
                                                                                                                                                                            if true {
                                                                                                                                                                                if true {
                                                                                                                                                                                    if true {
                                                                                                                                                                                        if true {
                                                                                                                                                                                            if true {
                                                                                                                                                                                                if true {
                                                                                                                                                                                                    if true {
                                                                                                                                                                                                        if true {
                                                                                                                                                                                                            if true {
                                                                                                                                                                                                                if true {
                                                                                                                                                                                                                    if true {
                                                                                                                                                                                                                        if true {
                                                                                                                                                                                                                            if true {
                                                                                                                                                                                                                                if true {
                                                                                                                                                                                                                                    if true {
                                                                                                                                                                                                                                        if true {
                                                                                                                                                                                                                                            if true {
                                                                                                                                                                                                                                                print("deep")
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
# expect: deep
